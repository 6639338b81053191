class Callback:
    order = 0


class PrintMetrics(Callback):
    order = 10

    def __init__(self):
        self.rows = []

    def on_validation_end(self, runner, metrics):
        self.rows.append(metrics)


class RestoreTrainMode(Callback):
    order = 0

    def on_validation_end(self, runner, metrics):
        runner.task.train()
