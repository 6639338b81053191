from .report import *  # noqa: F401,F403
from .loops import *  # noqa: F401,F403
from .report import __all__ as _report_all
from .loops import __all__ as _loops_all

__all__ = list(_report_all) + list(_loops_all)
