// Where files come in: a file chooser (several at once) and a drop zone, plus the partner's own
// tenant id, which Microsoft Graph files need to tell "through you" from "another partner".
import { fill } from '@multichannel/rules/ids';
import { useState } from 'preact/hooks';
import type { PlannerTexts } from './texts.ts';

interface Props {
  texts: PlannerTexts;
  tenant: string;
  tenantInvalid: boolean;
  onTenant: (value: string) => void;
  onFiles: (files: File[]) => void;
}

export function FilePicker({ texts, tenant, tenantInvalid, onTenant, onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div class="planner-input">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone adds dropping to the labelled file input inside it. */}
      <div
        class={`planner-drop${over ? ' planner-drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          onFiles([...(event.dataTransfer?.files ?? [])]);
        }}
      >
        <label for="planner-files">{texts['plan.pick']}</label>{' '}
        <input
          id="planner-files"
          type="file"
          multiple
          onChange={(event) => {
            const input = event.target as HTMLInputElement;
            onFiles([...(input.files ?? [])]);
            // The same file chosen again (after editing it) must be read again.
            input.value = '';
          }}
        />{' '}
        <span>{texts['plan.drop']}</span>
      </div>
      <p class="planner-tenant">
        <label for="planner-tenant">{texts['plan.tenant']}</label>{' '}
        <input
          id="planner-tenant"
          type="text"
          inputMode="text"
          autocomplete="off"
          spellcheck={false}
          size={38}
          value={tenant}
          aria-describedby="planner-tenant-help"
          aria-invalid={tenantInvalid}
          onInput={(event) => onTenant((event.target as HTMLInputElement).value)}
        />
        <br />
        <small id="planner-tenant-help">{texts['plan.tenant.help']}</small>
        {tenantInvalid && (
          <small class="planner-invalid" role="alert">
            <br />
            {fill(texts['plan.tenant.invalid'], { value: tenant.trim() })}
          </small>
        )}
      </p>
    </div>
  );
}
