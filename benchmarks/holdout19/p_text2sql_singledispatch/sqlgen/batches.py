from dataclasses import dataclass
from functools import singledispatch

import torch


@dataclass
class Batch:
    question: torch.Tensor
    sql: torch.Tensor


@singledispatch
def to_tensors(raw):
    raise TypeError(type(raw))


@to_tensors.register
def _(raw: dict):
    return Batch(torch.tensor(raw["question"]), torch.tensor(raw["sql"]))


@to_tensors.register
def _(raw: Batch):
    return raw
