# expect: crash
# category: ocr
"""Entry script: builds the CRNN, data and optimiser, then alternates train and eval per epoch."""
import torch
from crnn.model import RecModel
from crnn.engine import train_one_epoch, evaluate

torch.manual_seed(0)
N_CLASSES = 11  # blank + 10 digits
MAX_LEN = 4


def make_loader(n_batches, batch_size=3):
    batches = []
    for _ in range(n_batches):
        length = torch.randint(1, MAX_LEN + 1, (batch_size,))
        label = torch.randint(1, N_CLASSES, (batch_size, MAX_LEN))
        batches.append({"img": torch.randn(batch_size, 1, 8, 32), "label": label, "length": length})
    return batches


def main():
    config = {"epochs": 2, "lr": 1e-3}
    net = RecModel(N_CLASSES)
    loss_func = torch.nn.CTCLoss(blank=0, zero_infinity=True)
    optimizer = torch.optim.Adam(net.parameters(), lr=config["lr"])
    train_loader, eval_loader = make_loader(3), make_loader(2)
    net.train()
    best_acc = -1.0
    for epoch in range(config["epochs"]):
        train_one_epoch(net, train_loader, loss_func, optimizer, print)
        eval_dict = evaluate(net, eval_loader)
        if eval_dict["acc"] > best_acc:
            best_acc = eval_dict["acc"]
        print(f"epoch {epoch}: acc {eval_dict['acc']:.3f} best {best_acc:.3f}")


if __name__ == "__main__":
    main()
