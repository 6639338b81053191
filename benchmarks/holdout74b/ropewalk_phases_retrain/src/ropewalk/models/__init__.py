from .strand import StrandTensionNet, build_model

__all__ = ["StrandTensionNet", "build_model"]
