from .maml import meta_step

__all__ = ["meta_step"]
