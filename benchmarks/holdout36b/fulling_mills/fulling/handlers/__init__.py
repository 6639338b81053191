from fulling.handlers.saliency import attach_saliency_logger, input_saliency

__all__ = ["attach_saliency_logger", "input_saliency"]
