# expect: clean
"""Cocoa fermentation noisy-student rounds; the teacher's weights go to disk as a
state_dict and the student is a freshly built module that loads them."""
import os
import tempfile
import torch
import torch.nn as nn

torch.manual_seed(6)


class Fermenter(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True, nonlinearity="relu")
        self.drop = nn.Dropout(0.3)
        self.cls = nn.Linear(8, 3)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.cls(self.drop(o[:, -1]))


def fit(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


lab_x, lab_y = torch.randn(6, 9, 2), torch.randint(0, 3, (6,))
unl_x = torch.randn(8, 9, 2)
path = os.path.join(tempfile.mkdtemp(), "teacher.pt")

teacher = fit(Fermenter().train(), lab_x, lab_y)
try:
    for rnd in range(2):
        teacher.eval()
        with torch.no_grad():
            pseudo = teacher(unl_x).argmax(-1)
        torch.save(teacher.state_dict(), path)
        student = Fermenter()
        student.load_state_dict(torch.load(path))
        student = fit(student, torch.cat([lab_x, unl_x]), torch.cat([lab_y, pseudo]))
        teacher = student
        print("round", rnd, "done")
finally:
    if os.path.exists(path):
        os.remove(path)
    os.rmdir(os.path.dirname(path))
