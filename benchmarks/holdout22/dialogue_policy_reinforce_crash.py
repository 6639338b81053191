# expect: crash
"""RL for a task-oriented dialogue policy: a GRU over the dialogue-state history picks a system act.

Rollouts against a toy user simulator are run with the policy in eval mode (greedy-ish
sampling without dropout); the log-probs collected there feed the REINFORCE update.
"""
import random
import torch
import torch.nn as nn
from torch.distributions import Categorical

ACTS = ["request_area", "request_price", "inform", "confirm", "bye"]


class DialoguePolicy(nn.Module):
    def __init__(self, state_dim=6, hidden=8):
        super().__init__()
        self.gru = nn.GRU(state_dim, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.2)
        self.pi = nn.Linear(hidden, len(ACTS))

    def forward(self, history):
        h, _ = self.gru(history)
        return self.pi(self.drop(h[:, -1]))


class UserSimulator:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def reset(self):
        self.slots = {"area": False, "price": False}
        return torch.zeros(6)

    def step(self, act):
        r = -0.1
        if act == "request_area": self.slots["area"] = True
        if act == "request_price": self.slots["price"] = True
        if act == "inform" and all(self.slots.values()): r = 1.0
        state = torch.tensor([float(self.slots["area"]), float(self.slots["price"]), self.rng.random(), 0, 0, 1.0])
        return state, r, act in ("bye", "inform")


def rollout(policy, sim, max_turns=4):
    policy.eval()
    hist, logps, rewards = [sim.reset()], [], []
    for _ in range(max_turns):
        dist = Categorical(logits=policy(torch.stack(hist)[None]))
        a = dist.sample()
        logps.append(dist.log_prob(a))
        s, r, done = sim.step(ACTS[int(a)])
        hist.append(s); rewards.append(r)
        if done:
            break
    return logps, rewards


def main():
    torch.manual_seed(0)
    policy = DialoguePolicy()
    opt = torch.optim.Adam(policy.parameters(), lr=1e-2)
    for episode in range(3):
        logps, rewards = rollout(policy, UserSimulator(episode))
        returns = torch.tensor([sum(rewards[i:]) for i in range(len(rewards))])
        loss = -(torch.stack(logps).squeeze(-1) * returns).sum()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(episode, sum(rewards))


if __name__ == "__main__":
    main()
