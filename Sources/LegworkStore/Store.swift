import GRDB
import LegworkKit
