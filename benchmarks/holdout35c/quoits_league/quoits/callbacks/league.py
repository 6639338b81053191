class LeagueCallbacks:
    def __init__(self):
        self.seen = 0

    def on_fit_start(self, task):
        print("fine-tuning", type(task.model).__name__)

    def on_batch_end(self, task, epoch, index, logs):
        self.seen += 1
        if index == 0:
            print(f"epoch {epoch} first batch loss {logs['loss']:.4f}")

    def on_fit_end(self, task):
        print("batches seen", self.seen)
