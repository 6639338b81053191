import torch
import torch.nn.functional as F

from .agents import Baseline, HeaderPolicy


class Engine:
    """Runs the phases named in the plan, in order."""

    def __init__(self, cfg):
        torch.manual_seed(cfg["seed"])
        self.cfg = cfg
        self.policy = HeaderPolicy(cfg["hidden"])
        self.baseline = Baseline(cfg["hidden"])
        self.opt = torch.optim.Adam(
            list(self.policy.parameters()) + list(self.baseline.parameters()), lr=cfg["lr"])
        self.buffer = []

    # environment -----------------------------------------------------------
    def _step_env(self, state, action):
        temp, spread = state[..., 0], state[..., 1]
        force = (action.float() + 1) / 3
        new_spread = spread + force * temp
        new_temp = temp * 0.8
        reward = -(new_spread - 1.0).abs()
        return torch.stack([new_temp, new_spread], -1), reward

    # phases ----------------------------------------------------------------
    def rollout(self):
        """Play episodes with the current policy; keep log-probs for the update."""
        self.policy.eval()
        self.buffer.clear()
        for _ in range(self.cfg["episodes"]):
            state = torch.tensor([[1.0, 0.0]])
            history, logps, rewards, states = [], [], [], []
            for _ in range(self.cfg["horizon"]):
                history.append(state)
                dist = torch.distributions.Categorical(logits=self.policy(torch.stack(history, 1)))
                a = dist.sample()
                logps.append(dist.log_prob(a))
                states.append(state)
                state, r = self._step_env(state, a)
                rewards.append(r)
            self.buffer.append((torch.cat(logps), torch.cat(states), torch.cat(rewards)))

    def update(self):
        self.policy.train()
        loss = 0.0
        for logps, states, rewards in self.buffer:
            returns = rewards.flip(0).cumsum(0).flip(0)
            values = self.baseline(states)
            adv = (returns - values).detach()
            loss = loss - (logps * adv).mean() + F.mse_loss(values, returns)
        loss = loss / len(self.buffer)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def run(self):
        for name in self.cfg["phases"]:
            out = getattr(self, name)()
            if out is not None:
                print(f"{name}: {out:.4f}")
