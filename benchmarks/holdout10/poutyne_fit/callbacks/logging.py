from poutyne_lite import Predictor


class Callback:
    def set_model(self, model):
        self.model = model

    def on_epoch_end(self, epoch_number, logs):
        pass


class SamplePredictionLogger(Callback):
    def __init__(self, sample):
        self.sample = sample

    def on_epoch_end(self, epoch_number, logs):
        tags = Predictor(self.model.network).predict(self.sample)
        print(f"epoch {epoch_number} loss {logs['loss']:.3f} sample tags {tags[0].tolist()}")
