import contextlib

import torch


@contextlib.contextmanager
def eval_without_cudnn(model):
    """Gradients through an eval-mode RNN: cuDNN refuses that, the native kernels do not."""
    was_training = model.training
    model.eval()
    try:
        with torch.backends.cudnn.flags(enabled=False):
            yield model
    finally:
        model.train(was_training)


def fgsm_on_embeddings(model, ids, labels, epsilon=0.5):
    with eval_without_cudnn(model):
        emb = model.embed(ids).detach().requires_grad_(True)
        loss = torch.nn.functional.cross_entropy(model.from_embeddings(emb), labels)
        grad, = torch.autograd.grad(loss, emb)
        adv_logits = model.from_embeddings(emb + epsilon * grad.sign())
    return adv_logits.argmax(1)
