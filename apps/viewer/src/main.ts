document.getElementById('app')!.textContent = 'deckl10n viewer';
