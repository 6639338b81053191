from .runner import HiveRunner
