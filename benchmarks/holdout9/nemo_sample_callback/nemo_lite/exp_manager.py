import logging


def exp_manager(trainer, cfg=None):
    cfg = cfg or {}
    trainer.logger = logging.getLogger(cfg.get("name", "default"))
    return "/tmp/" + cfg.get("name", "default")
