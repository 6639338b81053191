from .core import Coach, hooks
