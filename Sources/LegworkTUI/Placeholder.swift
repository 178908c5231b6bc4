import CNcurses
import CTerminalGuard
import LegworkKit
