from dataclasses import dataclass, field, fields

import torch


@dataclass
class PhaseSpec:
    name: str
    steps: int = field(default=1, metadata={"help": "optimizer steps"})
    lr: float = field(default=1e-3, metadata={"help": "learning rate"})
    deterministic: bool = field(default=False, metadata={"help": "eval mode (dropout off)", "mode": True})
    update: bool = field(default=True, metadata={"help": "take optimizer steps"})

    @classmethod
    def from_dict(cls, raw):
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in names})

    def __post_init__(self):
        mode_fields = [f.name for f in fields(self) if f.metadata.get("mode")]
        self.mode_flags = {n: getattr(self, n) for n in mode_fields}


def run_phase(policy, phase, obs, act):
    policy.train(not phase.mode_flags["deterministic"])
    if not phase.update:
        with torch.no_grad():
            return (policy(obs).argmax(-1) == act).float().mean().item()
    opt = torch.optim.Adam(policy.parameters(), lr=phase.lr)
    for _ in range(phase.steps):
        loss = -policy(obs).gather(-1, act[..., None]).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
