# expect: crash
"""Ostler's stable: distil a big gait teacher into a small student, weighting the
hard-label loss by the teacher's confidence on the batch."""
import torch
import torch.nn.functional as F

from setup_run import build_run

CFG = {"teacher_hidden": 16, "student_hidden": 4, "lr": 1e-2, "T": 2.0, "steps": 4}


def confidence(run, x):
    return run.models.teacher(x).softmax(-1).max(-1).values.mean()


def kd_step(run, x, y):
    m, T = run.models, run.cfg["T"]
    with torch.no_grad():
        t_logits = m.teacher(x)
    s_logits = m.student(x)
    soft = F.kl_div(F.log_softmax(s_logits / T, -1), F.softmax(t_logits / T, -1),
                    reduction="batchmean") * T * T
    w = confidence(run, x)
    loss = soft + w * F.cross_entropy(s_logits, y)
    run.opt.zero_grad()
    loss.backward()  # TM001-here
    run.opt.step()
    run.log.append(loss.item())


if __name__ == "__main__":
    torch.manual_seed(14)
    run = build_run(CFG)
    for _ in range(CFG["steps"]):
        kd_step(run, torch.randn(4, 10, 3), torch.randint(0, 4, (4,)))
    print("losses", [round(v, 3) for v in run.log])
