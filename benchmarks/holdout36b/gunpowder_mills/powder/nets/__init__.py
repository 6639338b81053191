from powder.nets.blend import BlendNet, quick_train

__all__ = ["BlendNet", "quick_train"]
