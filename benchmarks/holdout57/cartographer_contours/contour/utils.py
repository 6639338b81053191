import contextlib
import random

import torch


def seed_everything(seed):
    random.seed(seed)
    torch.manual_seed(seed)


@contextlib.contextmanager
def evaluating(model):
    was_training = model.training
    model.eval()
    yield model
    model.train(was_training)
