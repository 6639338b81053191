# expect: crash
"""ParlAI-style train_model: a world drives a TorchAgent; validation runs first (validation_every_n_epochs with
`--validate-on-start`), then training."""
import torch

from agents.seq2seq import Seq2seqAgent
from core.worlds import create_task
from core.opt import Opt


def run(opt):
    agent = Seq2seqAgent(opt)
    world = create_task(opt, agent)
    if opt["validate_on_start"]:
        world.validate(num_batches=2)
    for _ in range(opt["num_steps"]):
        world.parley()
    return world.report()


if __name__ == "__main__":
    torch.manual_seed(0)
    print(run(Opt(validate_on_start=True, num_steps=3, batchsize=4, hiddensize=8, vocab=12, lr=0.1)))
