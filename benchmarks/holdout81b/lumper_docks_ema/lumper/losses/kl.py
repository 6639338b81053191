import torch.nn.functional as F


def consistency(student_logits, teacher_logits):
    return F.mse_loss(F.softmax(student_logits, -1), F.softmax(teacher_logits, -1))
