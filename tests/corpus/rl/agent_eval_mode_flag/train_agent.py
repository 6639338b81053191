# expect: crash
"""A PFRL-style agent: evaluation runs episodes inside `with agent.eval_mode():`, which only flips the
agent's own flag, but act() puts the network in eval when the flag is off and nothing puts it back, so the
next update trains the LSTM in eval. The loop module never names torch."""
import torch

from agent import QAgent, RecurrentQ
from loops import train_with_evaluation

if __name__ == "__main__":
    torch.manual_seed(0)
    print(train_with_evaluation(QAgent(RecurrentQ()), steps=6, eval_every=3))
