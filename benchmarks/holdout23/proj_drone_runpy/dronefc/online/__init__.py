from .updater import OnlineUpdater

__all__ = ["OnlineUpdater"]
