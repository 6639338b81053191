"""A Translator holds the model; its get_output() runs the encoder and generator on given embeddings."""


class Translator:
    def __init__(self, model, fields, beam_size=1):
        self.model = model
        self.fields = fields
        self.beam_size = beam_size

    def get_output(self, emb):
        context, _ = self.model.encoder(emb)
        return self.model.generator(context)
