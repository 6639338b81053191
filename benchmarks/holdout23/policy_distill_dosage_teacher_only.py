# expect: clean
"""Policy distillation for a medication-dosage agent: an LSTM teacher policy distilled into a smaller LSTM student (only the teacher is frozen)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

N_OBS, N_DOSE = 5, 4


class RecurrentPolicy(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.core = nn.LSTM(N_OBS, hidden, batch_first=True)
        self.logits = nn.Linear(hidden, N_DOSE)
        self.drop = nn.Dropout(0.1)

    def forward(self, obs):
        h, _ = self.core(obs)
        return self.logits(self.drop(h))


def freeze_stochastic(*nets):
    """Deterministic rollouts: switch dropout off everywhere."""
    for net in nets:
        net.eval()


def rollout(policy, steps=6, batch=3):
    obs = torch.randn(batch, steps, N_OBS)
    return obs


def main():
    torch.manual_seed(4)
    teacher, student = RecurrentPolicy(12), RecurrentPolicy(6)
    for p in teacher.parameters():
        p.requires_grad_(False)
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    freeze_stochastic(teacher)
    for it in range(3):
        obs = rollout(teacher)
        with torch.no_grad():
            t_logp = F.log_softmax(teacher(obs) / 2.0, -1)
        s_logp = F.log_softmax(student(obs) / 2.0, -1)
        kl = F.kl_div(s_logp, t_logp, log_target=True, reduction="batchmean")
        opt.zero_grad()
        kl.backward()
        opt.step()
        print("iter", it, "kl", round(kl.item(), 5))


if __name__ == "__main__":
    main()
