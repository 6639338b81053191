import torch
import torch.nn.functional as F


def kd_logit_loss(student_logits, teacher_logits, T=2.0):
    return F.kl_div(F.log_softmax(student_logits / T, -1), F.softmax(teacher_logits / T, -1),
                    reduction="batchmean") * T * T


def teacher_fluency_loss(teacher, student_logits):
    """Score the student's soft output sequence with the (frozen) teacher LM: expected embeddings in,
    next-token cross-entropy against the student's own argmax out."""
    probs = F.softmax(student_logits, -1)
    soft_embeds = probs @ teacher.embed.weight
    lm_logits = teacher.forward_embeds(soft_embeds)
    targets = student_logits.argmax(-1)[:, 1:]
    return F.cross_entropy(lm_logits[:, :-1].reshape(-1, lm_logits.size(-1)), targets.reshape(-1))
