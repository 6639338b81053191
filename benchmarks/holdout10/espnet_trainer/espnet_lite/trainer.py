import dataclasses

import torch

from .reporter import Reporter


@dataclasses.dataclass
class TrainerOptions:
    max_epoch: int = 1
    grad_clip: float = 5.0
    sanity_check: bool = False
    accum_grad: int = 1


class Trainer:
    def __init__(self):
        raise RuntimeError("Trainer is a namespace of classmethods")

    @classmethod
    def run(cls, model, optimizers, train_iter_factory, valid_iter_factory, trainer_options):
        reporter = Reporter()
        if trainer_options.sanity_check:
            with reporter.observe("valid") as sub:
                cls.validate_one_epoch(model, valid_iter_factory(), sub, trainer_options)
        for iepoch in range(1, trainer_options.max_epoch + 1):
            reporter.set_epoch(iepoch)
            with reporter.observe("train") as sub:
                cls.train_one_epoch(model, train_iter_factory(), optimizers, sub, trainer_options)
            with reporter.observe("valid") as sub:
                cls.validate_one_epoch(model, valid_iter_factory(), sub, trainer_options)

    @classmethod
    def train_one_epoch(cls, model, iterator, optimizers, reporter, options):
        for iiter, batch in enumerate(iterator, 1):
            loss, stats, weight = model(**batch)
            loss = loss / options.accum_grad
            loss.backward()  # TM001-here
            if iiter % options.accum_grad == 0:
                torch.nn.utils.clip_grad_norm_(model.parameters(), options.grad_clip)
                for opt in optimizers:
                    opt.step()
                    opt.zero_grad()
            reporter.register(stats, weight)

    @classmethod
    @torch.no_grad()
    def validate_one_epoch(cls, model, iterator, reporter, options):
        model.eval()
        for batch in iterator:
            _, stats, weight = model(**batch)
            reporter.register(stats, weight)
