from .show import save_for_show, load_for_show

__all__ = ["save_for_show", "load_for_show"]
