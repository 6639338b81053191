"""fairseq-like task registry: @register_task, FairseqTask.train_step/valid_step, and a user task plugin."""
import torch

TASK_REGISTRY = {}


def register_task(name):
    def wrapper(cls):
        if name in TASK_REGISTRY:
            raise ValueError(f"duplicate task {name}")
        TASK_REGISTRY[name] = cls
        return cls
    return wrapper


def setup_task(cfg):
    return TASK_REGISTRY[cfg["task"]](cfg)


class FairseqTask:
    def __init__(self, cfg):
        self.cfg = cfg

    def build_model(self, arch_registry):
        return arch_registry[self.cfg["arch"]](self.cfg)

    def train_step(self, sample, model, criterion, optimizer, update_num):
        model.train()
        loss, sample_size, logging = criterion(model, sample)
        optimizer.zero_grad()
        loss.backward()
        return loss, sample_size, logging

    def valid_step(self, sample, model, criterion):
        model.eval()
        with torch.no_grad():
            return criterion(model, sample)


@register_task("language_modeling")
class LanguageModelingTask(FairseqTask):
    pass


@register_task("denoising_lm")
class DenoisingLMTask(FairseqTask):
    """Masks random tokens in the input before the usual LM step (user plugin)."""

    def train_step(self, sample, model, criterion, optimizer, update_num):
        noisy = dict(sample)
        mask = torch.rand(sample["net_input"].shape) < self.cfg.get("mask_prob", 0.15)
        noisy["net_input"] = sample["net_input"].masked_fill(mask, 0)
        loss, sample_size, logging = criterion(model, noisy)
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        logging["masked"] = int(mask.sum())
        return loss, sample_size, logging
