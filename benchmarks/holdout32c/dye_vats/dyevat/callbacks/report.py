import torch


class TeacherReport:
    """Agreement between teacher and student on the training vats."""

    def on_epoch_end(self, run):
        s = run.state
        s.teacher.eval()
        s.student.eval()
        with torch.no_grad():
            agree = sum((s.teacher(x).argmax(-1) == s.student(x).argmax(-1)).float().mean().item() for x, _ in s.batches)
        s.log.append(f"  agreement {agree / len(s.batches):.2f}")
