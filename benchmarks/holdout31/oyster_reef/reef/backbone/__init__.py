from .pretrained import ReefEncoder, pretrain_backbone, reef_logs

__all__ = ["ReefEncoder", "pretrain_backbone", "reef_logs"]
