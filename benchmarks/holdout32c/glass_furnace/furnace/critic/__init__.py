from . import models
from .job import CriticJob


def build_from_config(cfg):
    critic = getattr(models, cfg["critic_cls"])(hidden=cfg["hidden"])
    opt_cls = getattr(__import__("torch").optim, cfg["optimizer"])
    job = CriticJob()
    for key in ("gp_weight", "steps", "safe_backend"):
        setattr(job, key, cfg[key])
    job.critic = critic
    job.opt = opt_cls(critic.parameters(), lr=cfg["lr"])
    return job


__all__ = ["CriticJob", "build_from_config"]
