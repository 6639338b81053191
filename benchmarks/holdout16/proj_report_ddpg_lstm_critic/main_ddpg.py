# expect: crash
"""Rebuilt (own tiny code) from the shape in pytorch/pytorch#37965: DDPG whose
critic contains an LSTM over a short observation history; learn() puts the
critic in eval for the target computation, evaluates it, then calls train()."""
import torch

from agent import Agent

if __name__ == "__main__":
    torch.manual_seed(0)
    agent = Agent(obs_dim=3, act_dim=1, hist=4, batch_size=4)
    for ep in range(6):
        s = torch.randn(4, 3)
        a = agent.choose_action(s)
        agent.remember(s, a, torch.randn(()).item(), torch.randn(4, 3), False)
        agent.learn()
    print("done")
