# expect: crash
"""ESPnet/WeNet-style recipe: Task.build_model, then Trainer.run() over epochs with
classmethod train_one_epoch / validate_one_epoch and a Reporter.

Trainer.run does a sanity validation pass before the first epoch; validate_one_epoch
leaves the model in eval, and train_one_epoch (unlike ESPnet's) never calls model.train().
"""
import argparse

import torch

from espnet_lite.tasks import ASRTask
from espnet_lite.trainer import Trainer, TrainerOptions


def get_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--max_epoch", type=int, default=2)
    p.add_argument("--encoder", default="blstm")
    p.add_argument("--grad_clip", type=float, default=5.0)
    return p


def main(argv=None):
    args = get_parser().parse_args(argv)
    torch.manual_seed(4)
    model = ASRTask.build_model(args)
    optimizers = [torch.optim.Adadelta(model.parameters())]
    train_iter = ASRTask.build_iter(n_batches=3)
    valid_iter = ASRTask.build_iter(n_batches=1)
    Trainer.run(model=model, optimizers=optimizers, train_iter_factory=lambda: train_iter,
                valid_iter_factory=lambda: valid_iter,
                trainer_options=TrainerOptions(max_epoch=args.max_epoch, grad_clip=args.grad_clip,
                                               sanity_check=True))


if __name__ == "__main__":
    main([])
