# expect: crash
"""Detectron2-style tools/train_net.py: SimpleTrainer + hooks, EvalHook runs the test function periodically."""
import functools

import torch

from modeling import build_model
from trainer.defaults import SimpleTrainer
from trainer.evaluation import inference_on_dataset, AccuracyEvaluator
from trainer import hooks


class Cfg(dict):
    __getattr__ = dict.__getitem__


def make_loader(n, seed):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        yield torch.randn(4, 7, 6, generator=g), torch.randint(0, 3, (4,), generator=g)


def do_test(cfg, model):
    evaluator = AccuracyEvaluator()
    return inference_on_dataset(model, list(make_loader(2, 99)), evaluator)


def main():
    cfg = Cfg(MODEL=Cfg(META_ARCHITECTURE="RecurrentClassifier", HIDDEN=8), SOLVER=Cfg(BASE_LR=0.05, MAX_ITER=6),
              TEST=Cfg(EVAL_PERIOD=3))
    model = build_model(cfg)
    optimizer = torch.optim.SGD(model.parameters(), lr=cfg.SOLVER.BASE_LR)
    data = iter(list(make_loader(cfg.SOLVER.MAX_ITER, 0)))
    trainer = SimpleTrainer(model, data, optimizer)
    trainer.register_hooks([
        hooks.IterationTimer(),
        hooks.EvalHook(cfg.TEST.EVAL_PERIOD, functools.partial(do_test, cfg, model)),
    ])
    trainer.train(0, cfg.SOLVER.MAX_ITER)
    print("finished", trainer.storage)


if __name__ == "__main__":
    main()
