# expect: clean
"""Chord transcription from chroma frames with a BiGRU; eval between epochs."""
from chords import ChromaDataset, ChordTagger, Trainer

if __name__ == "__main__":
    ds = ChromaDataset(n=12)
    trainer = Trainer(ChordTagger(), ds)
    for epoch in range(3):
        loss = trainer.train_epoch()
        acc = trainer.evaluate()
        print(f"epoch {epoch}: loss={loss:.3f} frame-acc={acc:.3f}")
    trainer.finetune_on_errors()
