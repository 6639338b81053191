# expect: crash
"""Network intrusion labels from a noisy IDS: forward loss correction with a transition matrix fitted on a clean validation set."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(31)
K = 3


class FlowNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 8, batch_first=True)
        self.fc = nn.Linear(8, K)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1])


def corrected_nll(logits, noisy, T_logits):
    T = T_logits.softmax(-1)
    noisy_probs = logits.softmax(-1) @ T
    return F.nll_loss(noisy_probs.clamp_min(1e-6).log(), noisy)


model = FlowNet()
T_logits = nn.Parameter(torch.eye(K) * 3)
opt = torch.optim.Adam(model.parameters(), 1e-2)
opt_T = torch.optim.Adam([T_logits], 5e-2)
x_noisy, y_noisy = torch.randn(8, 6, 5), torch.randint(0, K, (8,))
x_clean, y_clean, y_clean_noisy = torch.randn(4, 6, 5), torch.randint(0, K, (4,)), torch.randint(0, K, (4,))

for epoch in range(2):
    model.train()
    loss = corrected_nll(model(x_noisy), y_noisy, T_logits.detach())
    opt.zero_grad()
    loss.backward()
    opt.step()
    # clean validation step: the transition matrix is fitted where both labels are known
    model.eval()
    val_logits = model(x_clean)
    print("clean val acc", (val_logits.argmax(-1) == y_clean).float().mean().item())
    t_loss = corrected_nll(F.one_hot(y_clean, K).float() * 5 + val_logits, y_clean_noisy, T_logits)
    opt_T.zero_grad()
    t_loss.backward()  # TM001-here
    opt_T.step()
print(T_logits.softmax(-1))
