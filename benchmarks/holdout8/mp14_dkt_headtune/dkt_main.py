# expect: clean
# DKT: pretrain in train mode, evaluate (eval mode), then calibrate only the output layer with the
# embedding and LSTM frozen; integer inputs carry no grad, so no gradient reaches the eval-mode LSTM.
import torch
import torch.nn.functional as F

from dkt import DKT, auc_like, tune_output_layer


def students(n, t=7, n_skills=6):
    return torch.randint(0, n_skills, (n, t)), torch.randint(0, 2, (n, t))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = DKT()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    skills, correct = students(5)
    for _ in range(3):
        p = model(skills[:, :-1], correct[:, :-1]).gather(-1, skills[:, 1:, None]).squeeze(-1)
        loss = F.binary_cross_entropy(p, correct[:, 1:].float())
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("acc", auc_like(model, *students(3)))
    print("calibrated", tune_output_layer(model, *students(4)))
