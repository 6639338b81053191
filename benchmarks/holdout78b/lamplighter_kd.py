# expect: crash
"""Lamplighter rounds: distil a big LSTM teacher (street-lamp failure predictor) into a small one.
The teacher is evaluated each step; its hidden features are matched by the student."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(2)
CFG = {"hidden_t": 16, "hidden_s": 6, "feat": 5, "classes": 3, "steps": 3, "alpha": 0.5, "T": 2.0}


class LampNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(CFG["feat"], hidden, batch_first=True)
        self.cls = nn.Linear(hidden, CFG["classes"])

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out[:, -1]), out[:, -1]


def kd_loss(s_logits, t_logits, y, T, alpha):
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1), reduction="batchmean") * T * T
    return alpha * soft + (1 - alpha) * F.cross_entropy(s_logits, y)


def main():
    teacher = LampNet(CFG["hidden_t"])
    student = LampNet(CFG["hidden_s"])
    bridge = nn.Linear(CFG["hidden_s"], CFG["hidden_t"])
    teacher.eval()
    opt = torch.optim.Adam(list(student.parameters()) + list(bridge.parameters()), lr=1e-2)
    for step in range(CFG["steps"]):
        x = torch.randn(4, 8, CFG["feat"])
        y = torch.randint(0, CFG["classes"], (4,))
        t_logits, t_feat = teacher(x)
        s_logits, s_feat = student(x)
        loss = kd_loss(s_logits, t_logits.detach(), y, CFG["T"], CFG["alpha"])
        loss = loss + F.mse_loss(bridge(s_feat), t_feat)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
