# expect: crash
"""torchbeast monobeast layout (single process here): an actor model that only acts, and a learner model that
gets the gradient; the learner is made by deep-copying the actor model after the actors put it in eval mode."""
import argparse
import copy

import torch

from torchbeast.nets import AtariNet
from torchbeast.actors import act, create_buffers
from torchbeast.learner import learn


def train(flags):
    model = AtariNet(flags.obs_dim, flags.num_actions, use_lstm=flags.use_lstm)
    buffers = create_buffers(flags)
    initial_agent_state = model.initial_state(batch_size=1)
    # actors
    for i in range(flags.num_buffers):
        act(flags, i, model, buffers, initial_agent_state)
    learner_model = copy.deepcopy(model)
    optimizer = torch.optim.RMSprop(learner_model.parameters(), lr=flags.learning_rate, eps=0.01, alpha=0.99)
    for step in range(flags.total_steps):
        batch = {k: torch.stack([buffers[k][i] for i in range(flags.num_buffers)], dim=1) for k in buffers}
        stats = learn(flags, model, learner_model, batch, initial_agent_state, optimizer)
        print("step", step, stats)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--obs_dim", default=6, type=int)
    parser.add_argument("--num_actions", default=3, type=int)
    parser.add_argument("--unroll_length", default=5, type=int)
    parser.add_argument("--num_buffers", default=2, type=int)
    parser.add_argument("--total_steps", default=2, type=int)
    parser.add_argument("--learning_rate", default=4e-4, type=float)
    parser.add_argument("--discounting", default=0.99, type=float)
    parser.add_argument("--use_lstm", action="store_false")
    torch.manual_seed(0)
    train(parser.parse_args([]))
