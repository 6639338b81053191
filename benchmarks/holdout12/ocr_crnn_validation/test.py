import torch

from utils import make_batch


def validation(model, criterion, opt, converter, n_batches=2):
    """Mirrors the benchmark's test.validation: it owns the mode switch of the model it is given."""
    model.eval()
    total, correct, loss = 0, 0, 0.0
    for _ in range(n_batches):
        image, text, length = make_batch(opt, converter)
        preds = model(image, text, is_train=False).log_softmax(2)
        preds_size = torch.IntTensor([preds.size(1)] * image.size(0))
        loss += criterion(preds.permute(1, 0, 2), text, preds_size, length).item()
        decoded = converter.decode(preds.argmax(2))
        correct += sum(1 for d in decoded if d)
        total += image.size(0)
    return loss / n_batches, correct / total
