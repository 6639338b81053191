# expect: clean
"""A PFRL-style agent: evaluation runs episodes inside `with agent.eval_mode():`, which only flips the
agent's own flag, and act() sets the network's mode from that flag each time, so training steps act (and
update) in train mode. The loop module never names torch."""
import torch

from agent import QAgent, RecurrentQ
from loops import train_with_evaluation

if __name__ == "__main__":
    torch.manual_seed(0)
    print(train_with_evaluation(QAgent(RecurrentQ()), steps=6, eval_every=3))
