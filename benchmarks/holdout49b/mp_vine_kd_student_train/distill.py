# expect: clean
import torch

from vinekd import DistillStep, build_pair

torch.manual_seed(8)
cfg = {"n_in": 4, "hidden": 10, "n_cls": 3, "lr": 1e-2, "epochs": 2}

teacher, student = build_pair(cfg)
student.train()
opt = torch.optim.Adam(student.parameters(), lr=cfg["lr"])
step = DistillStep(teacher, student, opt)
rows = [(torch.randn(4, 6, 4), torch.randint(0, 3, (4,))) for _ in range(3)]
for epoch in range(cfg["epochs"]):
    losses = [step(x, y) for x, y in rows]
    print(epoch, sum(losses) / len(losses))
