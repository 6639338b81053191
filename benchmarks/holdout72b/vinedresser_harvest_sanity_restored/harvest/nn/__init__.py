from .module import YieldModule
