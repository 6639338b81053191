from dataclasses import dataclass, field

import torch

TRAINING_PHASES = {"pretrain", "train", "finetune"}


@dataclass
class Session:
    policy: torch.nn.Module
    phase: str
    lr: float = 1e-3
    opt: torch.optim.Optimizer = field(init=False, repr=False)

    def __post_init__(self):
        # evaluation-like phases run deterministically
        self.policy.train(self.phase in TRAINING_PHASES)
        self.opt = torch.optim.Adam(self.policy.parameters(), lr=self.lr)

    def step(self, obs, act, adv):
        logp = self.policy(obs).gather(-1, act[..., None]).squeeze(-1)
        if self.phase == "pretrain":
            loss = -logp.mean()
        else:
            loss = -(logp * adv.clamp(-1, 1).exp()).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
