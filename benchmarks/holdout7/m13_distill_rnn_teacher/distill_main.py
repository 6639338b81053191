# expect: crash
import torch

from distill.trainer import Distiller
from models.lm import StudentTagger, TeacherLM

torch.manual_seed(0)
teacher = TeacherLM()
# pretend-pretrain the teacher for a couple of steps
t_opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
for _ in range(2):
    toks = torch.randint(0, 24, (4, 8))
    logits = teacher(toks[:, :-1])
    t_loss = torch.nn.functional.cross_entropy(logits.reshape(-1, 24), toks[:, 1:].reshape(-1))
    t_opt.zero_grad()
    t_loss.backward()
    t_opt.step()

distiller = Distiller(teacher, StudentTagger())
for it in range(3):
    print(f"iter {it}: distill loss {distiller.step(torch.randint(0, 24, (4, 8))):.4f}")
