from .core import LeakDetector, load_plugins
